using Collaboration.Reports.Export;
using Collaboration.Reports.Tests.Deck;

namespace Collaboration.Reports.Tests.Export;

public sealed class ReportJsonTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Fact]
    public void An_export_reads_back_into_the_same_report_and_the_same_deck()
    {
        var json = ReportJson.Serialize(series.Report);

        var read = ReportJson.Read(json);

        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(json, ReportJson.Serialize(read.Report));
        Assert.Equal(DeckWriterTests.Write(series.Report), DeckWriterTests.Write(read.Report));
    }

    [Fact]
    public void An_export_names_its_format_version_and_each_result_kind()
    {
        var json = ReportJson.Serialize(series.Report);

        Assert.Contains("\"formatVersion\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"resultKind\": \"matrixRating\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Person kommune", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{ \"title\": 1 }", "formatVersion")]
    [InlineData("{ \"formatVersion\": 99 }", "format version 99")]
    [InlineData("{ \"formatVersion\": 1 }", "before small groups were protected")]
    [InlineData("{ \"formatVersion\": 2, \"forums\": [ { \"number\": \"x\" } ] }", "not valid")]
    [InlineData("not json", "not valid")]
    [InlineData("{ \"formatVersion\": 2 }", "not valid")]
    [InlineData("{ \"formatVersion\": 2, \"title\": null }", "not valid")]
    public void A_broken_or_newer_export_gives_a_message_not_an_exception(string json, string expected)
    {
        var read = ReportJson.Read(json);

        Assert.False(read.Succeeded);
        Assert.Contains(expected, read.Error, StringComparison.OrdinalIgnoreCase);
    }
}
