namespace Collaboration.Reports.Tests.Building;

/// <summary>Answers to anonymous questions carry no group, so the participation counts show them in a bucket of their own.</summary>
public sealed class AnonymousParticipationTests(SeriesFixture series) : IClassFixture<SeriesFixture>
{
    [Fact]
    public void Answers_to_anonymous_questions_are_counted_apart_and_never_in_a_stakeholder_group()
    {
        var forum = series.Report.Forums[0];
        // A forum's answers are published respondent-item pairs (see ForumReport.Answers), needs collections included.
        var anonymousAnswers = forum.Items.Where(i => i.Anonymous).Sum(i => i.Results.Respondents);

        Assert.True(anonymousAnswers > 0);
        Assert.Equal(anonymousAnswers, Assert.Single(forum.Answers, a => a.GroupKey == GroupCount.AnonymousAnswers).Count);
        Assert.Equal(forum.Items.Where(i => !i.Anonymous).Sum(i => i.Results.Respondents), forum.Answers.Where(a => a.GroupKey != GroupCount.AnonymousAnswers).Sum(a => a.Count));
        Assert.All(forum.Items.Where(i => i.Anonymous), i => Assert.Empty(i.Results.ByGroup));
    }
}
