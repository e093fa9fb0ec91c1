using Collaboration.Forums.Privacy;

namespace Collaboration.Forums.Tests.Privacy;

/// <summary>A template decides what onboarding asks, what archives publish and how long personal data stays.</summary>
public sealed class MinimisationAndRetentionTemplateTests
{
    private readonly InMemoryForumStore _store = new();
    private readonly ForumUseCases _service;

    public MinimisationAndRetentionTemplateTests() =>
        _service = new ForumUseCases(_store, new RespondentKeys(new byte[32]), new ModerationOptions { AnyoneMayCreateSeries = true }, new FakeTimeProvider(Build.Now));

    [Fact]
    public async Task Without_settings_a_series_requires_the_organisation_publishes_no_names_and_keeps_data_twelve_months()
    {
        var series = await CreateAsync(string.Empty);

        Assert.Equal(FieldUse.Required, series.Minimisation.Organisation);
        Assert.Equal(FieldUse.Optional, series.Minimisation.Municipality);
        Assert.False(series.Minimisation.PublishNames);
        Assert.Equal(12, series.RetentionMonths);
        Assert.Equal(RejectionCode.OrganisationMissing, (await OnboardAsync(series, " ", "Bernburg")).Rejection?.Code);
    }

    [Fact]
    public async Task Organisation_off_and_town_off_store_neither_even_when_a_card_sends_them()
    {
        var series = await CreateAsync("organisation: off\nmunicipality: off\npublishNames: true\nretentionMonths: 6\n");

        var joined = await OnboardAsync(series, "Stadt Bernburg", "Bernburg");

        Assert.True(joined.Succeeded);
        Assert.Equal((string.Empty, (string?)null), (joined.Value.Organisation, joined.Value.Municipality));
        Assert.True(series.Minimisation.PublishNames);
        Assert.Equal(6, series.RetentionMonths);
    }

    [Fact]
    public async Task Optional_organisation_may_be_left_empty()
    {
        var series = await CreateAsync("organisation: optional\n");

        var joined = await OnboardAsync(series, string.Empty, null);

        Assert.True(joined.Succeeded);
        Assert.Equal(string.Empty, joined.Value.Organisation);
    }

    [Theory]
    [InlineData("organisation: sometimes\n", "organisation: must be one of required, optional, off")]
    [InlineData("municipality: required\n", "municipality: must be one of optional, off")]
    [InlineData("retentionMonths: 0\n", "retentionMonths: must be 1–120")]
    public void A_wrong_setting_is_refused_naming_the_key(string settings, string message)
    {
        var parsed = SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")! + "\n" + settings);

        Assert.False(parsed.Succeeded);
        Assert.Contains(message, parsed.Rejection.Arguments[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_is_due_the_set_months_after_the_last_forum_closed_and_never_while_one_is_open()
    {
        var series = SeriesTemplates.Instantiate(SeriesTemplates.Parse(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")! + "\nretentionMonths: 3\n").Value!,
            "moderator", Build.Now, Guid.NewGuid);
        var closed = new Dictionary<int, DateTimeOffset> { [1] = Build.Now, [2] = Build.Now.AddDays(10) };

        Assert.Equal(Build.Now.AddDays(10).AddMonths(3), Retention.DueAt(series, closed));
        Assert.Null(Retention.DueAt(series, new Dictionary<int, DateTimeOffset>()));
        Assert.True(series.StartForum(3).Succeeded);
        Assert.Null(Retention.DueAt(series, closed));
    }

    private async Task<ForumSeries> CreateAsync(string settings)
    {
        var created = await _service.Moderation.CreateSeriesAsync(SeriesTemplates.ReadBuiltIn("rdz-salzlandkreis")! + "\n" + settings, new UserRef("moderator", "M"),
            CancellationToken.None);
        Assert.True(created.Succeeded, created.Rejection?.ToString());
        return created.Value;
    }

    private Task<Outcome<Participant>> OnboardAsync(ForumSeries series, string organisation, string? town) =>
        _service.Participation.OnboardAsync(series.Id, new UserRef("aad-1", "Anna"), "kommune", organisation, town, CancellationToken.None);
}
