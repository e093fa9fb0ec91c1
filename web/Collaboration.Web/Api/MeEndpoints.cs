namespace Collaboration.Web.Api;

/// <summary>Where a page stands: may it sign in locally, who is signed in, in which conversation and series, moderating or not.</summary>
internal static class MeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/sign-in-mode", ([FromServices] LocalSignIn local) => Results.Json(new SignInMode(local.Allowed), ApiJson.Options));
        api.MapGet("/me", MeAsync);
    }

    private static async Task<IResult> MeAsync(HttpContext context, [FromServices] IRequestGate gate, CancellationToken cancellationToken)
    {
        var grant = await gate.PassAsync(context, ActionKind.Status, ClaimedIds.None, cancellationToken);
        // A member of a chat without a series is still told who and where they are; the page offers nothing to do.
        var noSeries = grant.Refusal is ApiErrorResult { Error.Code: nameof(Forums.Validation.RejectionCode.NoSeriesHere) };
        if (grant.Member is not { } member || (!grant.Passed && !noSeries))
        {
            return grant.Refusal!;
        }

        var text = RequestLanguage.TextOf(context.Request);
        var series = grant.Grant?.Series;
        var open = series?.OpenForum;
        return Results.Json(new MeView(
            new MeUser(member.User.Name),
            text.Language == Language.En ? "en" : "de",
            new MeConversation(KindName(member.Kind), member.MeetingId is not null),
            series is null ? null : new SeriesSummary(series.Id, text.Of(series.Title), open is null ? null : new ForumRef(open.Number, text.Of(open.Title))),
            grant.Grant?.IsModerator == true), ApiJson.Options);
    }

    private static string KindName(ConversationKind kind) => kind switch
    {
        ConversationKind.Personal => "personal",
        ConversationKind.Channel => "channel",
        _ => "groupChat",
    };

    private sealed record SignInMode(bool Local);

    private sealed record MeView(MeUser User, string Language, MeConversation Conversation, SeriesSummary? Series, bool IsModerator);

    private sealed record MeUser(string Name);

    private sealed record MeConversation(string Kind, bool InMeeting);
}

/// <summary>A series as a page names it, with its running forum (null when none runs).</summary>
internal sealed record SeriesSummary(Guid Id, string Title, ForumRef? OpenForum);

internal sealed record ForumRef(int Number, string Title);
