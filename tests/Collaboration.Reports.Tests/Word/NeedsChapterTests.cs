using System.Text.RegularExpressions;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Collaboration.Reports.Tests.Word;

/// <summary>
/// The chapter of all needs by topic and kind, which the report writes by scanning the rankings in place: topics in
/// the series' order, then topics the series does not list in the order they first appear; kinds in their order;
/// within each, the needs of one item after another, each item's in ranking order.
/// </summary>
public sealed partial class NeedsChapterTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Fact]
    public void Needs_are_listed_by_topic_then_kind_item_after_item_in_ranking_order_and_unlisted_topics_follow_as_first_seen()
    {
        var listed = series.Report.Topics[0];
        // Equal keys need not be one string: the store reads them per row.
        var listedAgain = new string(listed.Key.AsSpan());
        var first = Ranking(
            (listed.Key, NeedKind.Wish, "Alpha"),
            ("zz-neu", NeedKind.Need, "Beta"),
            (listed.Key, NeedKind.Need, "Gamma"),
            (listed.Key, NeedKind.Wish, "Delta"));
        var second = Ranking(
            (listed.Key, NeedKind.Wish, "Epsilon"),
            ("aa-neu", NeedKind.Obstacle, "Zeta"),
            (listedAgain, NeedKind.Need, "Eta"));
        var report = WithTwoNeedsItems(series.Report, first, second);

        using var document = WordprocessingDocument.Open(new MemoryStream(ReportWriterTests.Write(report)), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();

        var bullets = paragraphs.Select(p => OurBullet().Match(p.InnerText)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Gamma", "Eta", "Alpha", "Delta", "Epsilon", "Beta", "Zeta"], bullets);
        var topicHeadings = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == WordStyles.Heading(2)).Select(p => p.InnerText)
            .Where(t => t is "zz-neu" or "aa-neu" || t == listed.Name.De).ToList();
        Assert.Equal([listed.Name.De, "zz-neu", "aa-neu"], topicHeadings);
    }

    private static List<RankedNeed> Ranking(params (string Topic, NeedKind Kind, string Text)[] needs) =>
        [.. needs.Select((n, i) => new RankedNeed(Guid.NewGuid(), i + 1, n.Kind, n.Topic, n.Text, needs.Length - i, DateTimeOffset.UnixEpoch))];

    /// <summary>The first needs item gets <paramref name="first"/>; a copy of it with <paramref name="second"/> closes the last forum.</summary>
    private static SeriesReport WithTwoNeedsItems(SeriesReport report, List<RankedNeed> first, List<RankedNeed> second)
    {
        var needsItem = report.Forums.SelectMany(f => f.Items).First(i => i.Results is NeedsResults);
        var forums = report.Forums.Select(f => f with
        {
            Items = [.. f.Items.Select(i => i == needsItem ? i with { Results = ((NeedsResults)i.Results) with { Ranking = first } } : i)],
        }).ToList();
        var last = forums[^1];
        forums[^1] = last with { Items = [.. last.Items, needsItem with { Key = "bedarfe-2", Results = ((NeedsResults)needsItem.Results) with { Ranking = second } }] };
        return report with { Forums = forums };
    }

    [GeneratedRegex(@"^• (Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta) \(")]
    private static partial Regex OurBullet();
}
