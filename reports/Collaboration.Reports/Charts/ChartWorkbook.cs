using DocumentFormat.OpenXml.Spreadsheet;

namespace Collaboration.Reports.Charts;

/// <summary>
/// The workbook embedded in a chart: categories in column A, one column per series, names in row 1. Office's
/// "Edit data" opens it; the chart's formulas point at exactly these cells.
/// </summary>
internal static class ChartWorkbook
{
    public const string SheetName = "Daten";

    public static byte[] Create(ChartSpec spec)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rId1");
            var data = new SheetData();
            var header = new Row { RowIndex = 1 };
            header.Append(TextCell("A1", string.Empty));
            for (var s = 0; s < spec.Series.Count; s++)
            {
                header.Append(TextCell(Column(s + 1) + "1", spec.Series[s].Name));
            }

            data.Append(header);
            for (var r = 0; r < spec.Categories.Count; r++)
            {
                var rowIndex = (uint)(r + 2);
                var row = new Row { RowIndex = rowIndex };
                row.Append(TextCell("A" + rowIndex, spec.Categories[r]));
                for (var s = 0; s < spec.Series.Count; s++)
                {
                    row.Append(new Cell
                    {
                        CellReference = Column(s + 1) + rowIndex,
                        CellValue = new CellValue(spec.Series[s].Values[r]),
                    });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = "rId1" }));
        }

        return DeterministicZip.Normalise(stream.ToArray());
    }

    /// <summary>The column letter of a zero-based index (A, B, ..., Z, AA, ...).</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    private static Cell TextCell(string reference, string text) => new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
    };
}
