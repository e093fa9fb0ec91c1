namespace Collaboration.Bot.Cards;

/// <summary>
/// The ids of card inputs. Teams merges inputs into the action's data, so the ids are prefixed to keep them apart
/// from the data the bot put there itself (item ids, verbs).
/// </summary>
internal static class CardInputs
{
    public const string Choice = "in.choice";
    public const string Rating = "in.rating";
    public const string Text = "in.text";
    public const string PointsPrefix = "in.points.";
    public const string MatrixPrefix = "in.row.";
    public const string RankPrefix = "in.rank.";
    public const string NeedKind = "in.needKind";
    public const string NeedTopic = "in.needTopic";
    public const string NeedText = "in.needText";
    public const string Group = "in.group";
    public const string Organisation = "in.organisation";
    public const string Municipality = "in.municipality";
    public const string Template = "in.template";
    public const string TemplateText = "in.templateText";
    public const string SelectedItem = "in.selectedItem";
    public const string ItemForum = "in.itemForum";
    public const string ItemKey = "in.itemKey";
    public const string ItemKind = "in.itemKind";
    public const string ItemPromptDe = "in.itemPromptDe";
    public const string ItemPromptEn = "in.itemPromptEn";
    public const string ItemOptions = "in.itemOptions";
    public const string ItemLimit = "in.itemLimit";
    public const string ItemAnonymous = "in.itemAnonymous";

    /// <summary>The id of a ranking's choice set for place <paramref name="place"/> (1-based).</summary>
    public static string RankPlace(int place) => RankPrefix + place.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id of a matrix cell input: one choice per row, or one rating per row × column.</summary>
    public static string MatrixCell(string rowKey, string? columnKey = null) =>
        columnKey is null ? MatrixPrefix + rowKey : MatrixPrefix + rowKey + "." + columnKey;
}
