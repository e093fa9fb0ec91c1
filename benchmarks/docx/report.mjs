// Writes the Word report's text content with the npm docx package from the JSON that
// reports/Collaboration.Reports.Benchmarks writes (ReportSketch: headings and paragraphs with their style, tables
// with column widths and a header row, page breaks; the charts are left out) and times it the way the .NET side is
// timed: one warm-up, then <runs> builds, each a new document packed to a buffer in memory.
// Usage: node report.mjs <sketch.json> <runs>; prints one JSON line with the times.
import { readFileSync } from "node:fs";
import { measure } from "../measure.mjs";
import {
  AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageBreak, PageNumber, Paragraph, ShadingType, Table,
  TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from "docx";

const [input, runsArg] = process.argv.slice(2);
const sketch = JSON.parse(readFileSync(input, "utf8"));
const runs = Number.parseInt(runsArg ?? "5", 10);
const primary = "1F4E79";
const accent = "2E8B8B";
const headings = { Heading1: HeadingLevel.HEADING_1, Heading2: HeadingLevel.HEADING_2, Heading3: HeadingLevel.HEADING_3, Title: HeadingLevel.TITLE };

// The same styles the report declares: fonts, sizes (half-points), colours and spacing.
const styles = {
  default: {
    document: { run: { font: "Arial", size: 21, color: "262626" }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font: "Arial", size: 56, bold: true, color: primary }, paragraph: { spacing: { before: 2400, after: 240 } } },
    heading1: { run: { font: "Arial", size: 32, bold: true, color: primary }, paragraph: { spacing: { before: 480, after: 120 }, keepNext: true } },
    heading2: { run: { font: "Arial", size: 26, bold: true, color: primary }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    heading3: { run: { font: "Arial", size: 22, bold: true, color: accent }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
  },
  paragraphStyles: [
    { id: "Subtitle", name: "Subtitle", run: { size: 30, color: accent }, paragraph: { spacing: { after: 480 } } },
    { id: "TOCHeading", name: "TOC Heading", run: { size: 32, bold: true, color: primary }, paragraph: { spacing: { before: 240, after: 240 } } },
    { id: "TOC1", name: "toc 1", paragraph: { spacing: { after: 60 } } },
    { id: "Caption", name: "caption", run: { size: 18, italics: true, color: accent }, paragraph: { spacing: { before: 60, after: 240 } } },
    { id: "Quote", name: "Quote", run: { italics: true }, paragraph: { spacing: { before: 60, after: 120 } } },
  ],
};

function paragraph(block) {
  const runs = block.text.split("\n").map((line, i) => new TextRun({ text: line, bold: block.bold, italics: block.italic, break: i > 0 ? 1 : undefined }));
  const heading = headings[block.style];
  return new Paragraph({ children: runs, heading, style: heading ? undefined : block.style ?? undefined });
}

function table(block) {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const rows = block.rows.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    cantSplit: i === 0,
    children: cells.map((text, c) => new TableCell({
      width: { size: block.widths[c], type: WidthType.DXA },
      shading: i === 0 ? { type: ShadingType.CLEAR, color: "auto", fill: primary } : undefined,
      children: [new Paragraph({ children: [new TextRun({ text, bold: i === 0, color: i === 0 ? "FFFFFF" : undefined })] })],
    })),
  }));
  return new Table({ rows, columnWidths: block.widths, width: { size: total, type: WidthType.DXA }, layout: TableLayoutType.FIXED });
}

function build() {
  const children = [];
  for (const block of sketch.blocks) {
    if (block.kind === "break") {
      children.push(new Paragraph({ children: [new PageBreak()] }));
    } else if (block.kind === "table") {
      children.push(table(block), new Paragraph({ spacing: { after: 60 } }));
    } else {
      children.push(paragraph(block));
    }
  }

  const doc = new Document({
    title: sketch.title,
    styles,
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, right: 1134, bottom: 1134, left: 1134, header: 567, footer: 567, gutter: 0 } },
      },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: sketch.title, size: 16, color: accent })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Seite ", PageNumber.CURRENT] })] })] }) },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

await measure(build, runs);
