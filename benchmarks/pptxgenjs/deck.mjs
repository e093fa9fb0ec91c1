// Builds the executive deck with pptxgenjs from the JSON that reports/Collaboration.Reports.Benchmarks writes
// (DeckSketch: slides with title, texts, notes, a native chart or a table) and times it the way the .NET side is
// timed: one warm-up, then <runs> builds, each from a new presentation to a buffer in memory.
// Usage: node deck.mjs <sketch.json> <runs>; prints one JSON line with the times.
import { readFileSync } from "node:fs";
import { measure } from "../measure.mjs";
import pptxgen from "pptxgenjs";

const [input, runsArg] = process.argv.slice(2);
const sketch = JSON.parse(readFileSync(input, "utf8"));
const runs = Number.parseInt(runsArg ?? "5", 10);
const colors = ["1F4E79", "2E8B8B", "C55A11", "7F7F7F"];

function build() {
  const pptx = new pptxgen();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = sketch.title;
  pptx.lang = "de-DE";
  for (const s of sketch.slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, { x: 0.5, y: 0.3, w: 12.3, h: 1.0, fontFace: "Arial", fontSize: 26, bold: true, color: colors[0], fit: "shrink" });
    const hasBody = s.chart || s.table;
    if (s.texts.length > 0) {
      slide.addText(s.texts.map((t) => ({ text: t, options: { breakLine: true } })),
        { x: hasBody ? 8.6 : 0.5, y: 1.5, w: hasBody ? 4.2 : 12.3, h: 5.2, fontFace: "Arial", fontSize: 16, color: "262626", valign: "top", fit: "shrink" });
    }
    if (s.chart) {
      const data = s.chart.series.map((series) => ({ name: series.name, labels: s.chart.labels, values: series.values }));
      const common = { x: 0.5, y: 1.5, w: 8.0, h: 5.2, chartColors: colors, showLegend: data.length > 1 || s.chart.kind === "pie", legendPos: "b", dataLabelFontSize: 10, catAxisLabelFontSize: 10 };
      if (s.chart.kind === "pie") {
        slide.addChart(pptx.ChartType.pie, data, { ...common, showPercent: true });
      } else {
        slide.addChart(pptx.ChartType.bar, data, { ...common, barDir: s.chart.kind === "bar" ? "bar" : "col", showValue: true, catAxisOrientation: s.chart.kind === "bar" ? "maxMin" : "minMax", barGrouping: s.chart.stacked ? "stacked" : "clustered" });
      }
    }
    if (s.table) {
      const rows = s.table.rows.map((row, i) => row.map((cell) => ({ text: cell, options: i === 0 ? { bold: true, fill: { color: colors[0] }, color: "FFFFFF" } : {} })));
      slide.addTable(rows, { x: 0.5, y: 1.5, w: 12.3, fontFace: "Arial", fontSize: 11, border: { type: "solid", pt: 0.5, color: "BFBFBF" }, autoPage: false });
    }
    slide.addNotes(s.notes);
  }
  return pptx.write({ outputType: "nodebuffer" });
}

await measure(build, runs);
