using Collaboration.Reports.Insights;
using Collaboration.Reports.Text;

namespace Collaboration.Reports.Tests.Insights;

public sealed class KeyMessagesTests
{
    [Fact]
    public async Task Summary_names_the_top_need_then_the_most_points_then_the_operator_model_before_participation()
    {
        var report = await PlayedSeries.BuildAsync();

        var messages = KeyMessages.Compute(report, new ReportText(Language.De));

        string[] openings = ["Wichtigster Bedarf", "Meiste Punkte", "Bevorzugtes Betreibermodell", "Beteiligung"];
        var at = openings.Select(o => messages.ToList().FindIndex(m => m.StartsWith(o, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
    }
}
