using Collaboration.Forums.Answers;
using Collaboration.Forums.Store.Mapping;

namespace Collaboration.Forums.Store.Sql;

/// <summary>The parameters of <see cref="UpsertSql.Response"/> for one answer, typed by the model's column mapping.</summary>
internal static class ResponseParameters
{
    public static object[] For(ForumDbContext db, Response response) =>
        new ModelParameters<ResponseEntity>(db)
            .Add(nameof(ResponseEntity.ItemId), response.ItemId)
            .Add(nameof(ResponseEntity.RespondentKey), response.RespondentKey)
            .Add(nameof(ResponseEntity.ParticipantId), response.ParticipantId)
            .Add(nameof(ResponseEntity.GroupKey), response.GroupKey)
            .Add(nameof(ResponseEntity.Answer), StoreJson.Write(response.Answer))
            .Add(nameof(ResponseEntity.UpdatedAt), response.UpdatedAt)
            .ToArray();
}
