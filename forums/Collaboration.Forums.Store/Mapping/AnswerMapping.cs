using Collaboration.Forums.Answers;
using Collaboration.Forums.Participants;

namespace Collaboration.Forums.Store.Mapping;

internal static class AnswerMapping
{
    public static Response ToDomain(ResponseEntity entity) => new(
        entity.ItemId, entity.RespondentKey, entity.ParticipantId, entity.GroupKey, StoreJson.ReadAnswer(entity.Answer), entity.UpdatedAt);

    public static NeedEntry ToDomain(NeedEntryEntity entity) => new(
        entity.Id, entity.ItemId, entity.RespondentKey, entity.ParticipantId, entity.GroupKey, entity.Kind, entity.TopicKey,
        entity.Text, entity.ClientKey, entity.CreatedAt)
    {
        MergedIntoId = entity.MergedIntoId,
        MergedText = entity.MergedText,
    };

    public static NeedSupport ToDomain(NeedSupportEntity entity) => new(entity.NeedId, entity.RespondentKey, entity.CreatedAt);

    public static Participant ToDomain(ParticipantEntity entity) => new(
        entity.Id, entity.SeriesId, entity.UserId, entity.DisplayName, entity.GroupKey, entity.Organisation, entity.Municipality, entity.JoinedAt);
}
