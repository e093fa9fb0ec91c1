namespace Collaboration.Bot.Cards.Factories;

/// <summary>Pieces every card uses, so all cards look alike.</summary>
internal static class CardParts
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };

    public static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

    public static Container Notice(string text, ContainerStyle style) => new([new TextBlock(text)]) { Style = style };

    /// <summary>A card body that starts with the notice, when there is one: confirmations and refusals go on top.</summary>
    public static List<CardElement> StartBody(CardNotice? notice) =>
        notice is null ? [] : [Notice(notice.Text, notice.IsProblem ? ContainerStyle.Attention : ContainerStyle.Good)];

    /// <summary>The value a user typed into <paramref name="id"/> before, to show it again.</summary>
    public static string? Value(IReadOnlyDictionary<string, string>? values, string id) =>
        values is not null && values.TryGetValue(id, out var value) ? value : null;

    public static AdaptiveCard Card(IEnumerable<CardElement> body, IEnumerable<AdaptiveAction>? actions = null, string? lang = null)
    {
        var list = actions?.ToList();
        return new AdaptiveCard([.. body])
        {
            Actions = list is { Count: > 0 } ? list : null,
            MsTeams = TeamsCardProperties.FullWidth,
            Lang = lang,
        };
    }

    /// <summary>
    /// How long a link or an offer lasts, as people say it: "1 Stunde", "2 Stunden", "30 Minuten" (whole hours as hours,
    /// anything else in minutes), so a lifetime below an hour never reads "0 Std.".
    /// </summary>
    public static string Duration(BotText text, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (lifetime >= TimeSpan.FromHours(1) && lifetime.Ticks % TimeSpan.TicksPerHour == 0)
        {
            var hours = (int)lifetime.TotalHours;
            return hours == 1 ? text["Duration.OneHour"] : text.Format("Duration.Hours", text.Number(hours, 0));
        }

        var minutes = Math.Max(1, (int)Math.Round(lifetime.TotalMinutes));
        return minutes == 1 ? text["Duration.OneMinute"] : text.Format("Duration.Minutes", text.Number(minutes, 0));
    }
}
