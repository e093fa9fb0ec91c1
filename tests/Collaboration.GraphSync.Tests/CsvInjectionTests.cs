using Collaboration.Forums.Answers;
using Collaboration.Forums.Templates;
using Collaboration.Seeding;

namespace Collaboration.GraphSync.Tests;

/// <summary>
/// No cell of a CSV the product writes starts a formula when a moderator opens it in Excel (OWASP's CSV injection
/// rule, applied in <see cref="CsvWriter"/>), and no bidi control reaches a cell (dropped at input).
/// </summary>
public sealed class CsvInjectionTests : IAsyncLifetime
{
    private const string FormulaStarts = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private GraphSyncHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GraphSyncHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 30 1234", "'+49 30 1234")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("\uFF1D1+1", "'\uFF1D1+1")]
    [InlineData("-3+4", "'-3+4")]
    [InlineData("-1e5", "'-1e5")]
    [InlineData("- 3", "'- 3")]
    [InlineData("-", "'-")]
    [InlineData("-3", "-3")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("-2,5", "-2,5")]
    [InlineData("+7", "+7")]
    [InlineData("Glasfaser = schnell", "Glasfaser = schnell")]
    [InlineData("", "")]
    public void A_cell_that_starts_a_formula_gets_a_leading_quote_and_a_plain_number_stays_a_number(string cell, string written) =>
        Assert.Equal(written, CsvWriter.Defuse(cell));

    [Fact]
    public void A_defused_cell_is_still_quoted_as_rfc_4180_asks()
    {
        var csv = Encoding.UTF8.GetString(new CsvWriter().Row("=HYPERLINK(\"http://x\";\"klick\")", "-3").ToBytes());
        Assert.Equal("\uFEFF\"'=HYPERLINK(\"\"http://x\"\";\"\"klick\"\")\";-3\r\n", csv);
    }

    [Fact]
    public async Task Needs_csv_and_responses_csv_in_sharepoint_start_no_formula_and_carry_no_bidi_control()
    {
        var service = new ForumUseCases(_harness.Store, new RespondentKeys(new byte[32]),
            new ModerationOptions { ModeratorIds = { ForumScenario.Moderator.Id } }, TimeProvider.System);
        // Names reach the CSV only where the series publishes them; here they must, to be hostile there too.
        var template = SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")! + "\npublishNames: true\n";
        var series = (await service.Moderation.CreateSeriesAsync(template, ForumScenario.Moderator, CancellationToken.None)).Value!;
        Assert.True((await service.Moderation.StartForumAsync(series.Id, 1, ForumScenario.Moderator, CancellationToken.None)).Succeeded);
        series = (await _harness.Store.GetSeriesAsync(series.Id, CancellationToken.None))!;
        var needsItem = series.FindForum(1)!.Items.First(i => i.Spec is NeedsCollectionSpec);
        var kind = ((NeedsCollectionSpec)needsItem.Spec).Kinds[0];
        var openItem = series.FindForum(1)!.Items.First(i => i.Spec is OpenTextSpec && !i.Anonymous);
        string[] hostile = ["=HYPERLINK(\"http://evil.example\";\"Bericht\")", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd", "-2+3", "\uFF1D1+1",
            "Rech\u202Enung.exe", "-3"];
        for (var p = 0; p < hostile.Length; p++)
        {
            var user = new UserRef($"user-{p}", hostile[p]);
            Assert.True((await service.Participation.OnboardAsync(series.Id, user, series.Groups[0].Key, hostile[p], null, CancellationToken.None)).Succeeded);
            var filed = await service.Participation.SubmitNeedAsync(needsItem.Id, user, kind, series.Topics[0].Key, hostile[p], $"c{p}", CancellationToken.None);
            Assert.True(filed.Succeeded, filed.Rejection?.ToString());
            Assert.True((await service.Participation.SubmitAnswerAsync(openItem.Id, user, new TextAnswer(hostile[p]), CancellationToken.None)).Succeeded);
        }

        Assert.True((await service.Moderation.CloseForumAsync(series.Id, 1, ForumScenario.Moderator, CancellationToken.None)).Succeeded);
        await _harness.DrainAsync();

        var folder = (await _harness.ExpectedArchiveAsync((await _harness.Store.GetSeriesAsync(series.Id, CancellationToken.None))!)).Folder;
        var needs = ReadCsv(_harness.Graph.GetFile(GraphSyncHarness.DriveId, $"{folder}/needs.csv")!);
        var responses = ReadCsv(_harness.Graph.GetFile(GraphSyncHarness.DriveId, $"{folder}/responses.csv")!);
        var textColumn = Array.IndexOf(needs[0], "text");
        var respondentColumn = Array.IndexOf(responses[0], "respondent");

        Assert.Equal(hostile.Length, needs.Count - 1);
        Assert.All(needs.Concat(responses).SelectMany(row => row), cell => Assert.True(
            cell.Length == 0 || !FormulaStarts.Contains(cell[0], StringComparison.Ordinal) || cell == "-3", $"cell starts a formula: {cell}"));
        Assert.All(needs.Concat(responses).SelectMany(row => row), cell => Assert.DoesNotContain('\u202E', cell));
        Assert.Contains(needs, row => row[textColumn] == "'=HYPERLINK(\"http://evil.example\";\"Bericht\")");
        Assert.Contains(responses, row => row[respondentColumn] == "'@SUM(1+1)*cmd");
        Assert.Contains(responses, row => row[respondentColumn] == "'=HYPERLINK(\"http://evil.example\";\"Bericht\")");
        Assert.Contains(needs, row => row[textColumn] == "Rechnung.exe");
        Assert.Contains(needs, row => row[textColumn] == "-3");
    }

    /// <summary>RFC 4180 with ';' as Excel reads it: quoted cells may hold separators, doubled quotes and line breaks.</summary>
    private static List<string[]> ReadCsv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
