using Collaboration.Forums.Items;
using Collaboration.Forums.Series;
using Collaboration.Web.Localization;

namespace Collaboration.Web.Api.Views;

/// <summary>Describes an item's form from its spec, in the request's language; the rules of a valid answer stay the domain's.</summary>
internal static class ItemForms
{
    public static ItemForm Create(ForumSeries series, ForumItem item, int respondents, WebText text)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(item);
        var summary = ConsoleViews.Summary(item, respondents, text);
        var form = new ItemForm(summary.Id, summary.Key, summary.Title, summary.Kind, summary.Status, summary.Anonymous, summary.Respondents,
            text.Of(item.Prompt), item.Help is null ? null : text.Of(item.Help), null, null, null, null, null, null, null, null, null, null, null);
        return item.Spec switch
        {
            SingleChoiceSpec s => form with { Choices = Labels(s.Choices, text), MinChoices = 1, MaxChoices = 1 },
            MultipleChoiceSpec s => form with { Choices = Labels(s.Choices, text), MinChoices = 1, MaxChoices = s.MaxChoices },
            RatingScaleSpec s => form with
            {
                Scale = new ItemScale(s.Min, s.Max, s.MinLabel is null ? null : text.Of(s.MinLabel), s.MaxLabel is null ? null : text.Of(s.MaxLabel)),
            },
            OpenTextSpec s => form with { MaxLength = s.MaxLength },
            NeedsCollectionSpec s => form with
            {
                NeedKinds = [.. s.Kinds.Select(k => new KeyLabel(k.ToString(), text["NeedKind." + k]))],
                Topics = [.. series.Topics.Select(t => new KeyLabel(t.Key, text.Of(t.Name)))],
                MaxLength = s.MaxLength,
            },
            PointsSpec s => form with { Choices = Labels(s.Choices, text), Budget = s.Budget, MaxPerChoice = s.MaxPerChoice },
            MatrixChoiceSpec s => form with { Rows = Labels(s.Rows, text), Columns = Labels(s.Columns, text) },
            MatrixRatingSpec s => form with { Rows = Labels(s.Rows, text), Columns = Labels(s.Columns, text), Scale = new ItemScale(s.Min, s.Max, null, null) },
            _ => form,
        };
    }

    private static List<KeyLabel> Labels(IReadOnlyList<Choice> choices, WebText text) => [.. choices.Select(c => new KeyLabel(c.Key, text.Of(c.Label)))];
}
