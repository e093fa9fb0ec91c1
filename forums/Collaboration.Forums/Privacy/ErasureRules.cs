namespace Collaboration.Forums.Privacy;

/// <summary>
/// The decisions of an erasure (DSGVO Art. 17), in one place so the store, the docs and the tests say the same:
/// <list type="bullet">
/// <item>Profiles (name, group, organisation, town) are deleted.</item>
/// <item>Answers are deleted, named ones and anonymous ones alike. Anonymous answers are deleted through the keyed
/// hash: while the anonymity key exists, an operator holding database and key could compute the link, so they are
/// pseudonymous, not anonymous, and fall under the right to erasure. The results change accordingly.</item>
/// <item>Supports ("me too") are deleted.</item>
/// <item>A need nobody else supported is deleted. A need others supported stays as the group's need without author
/// (no user, participant or respondent key): the others endorsed its text and their support would otherwise vanish
/// with it. Its stakeholder group stays, because results are broken down by group; disclosure control hides small
/// groups.</item>
/// <item>A merged need stays merged: when the need that stayed is deleted, the oldest need that went into it takes its
/// place (with the moderator's text) and the others go into that one; a single remaining need stands alone again.</item>
/// <item>Private deliveries (fan-out and reminder rows, with the personal chat's id) are deleted; fan-outs the person
/// requested as moderator lose the requester's id; series they created lose the creator's id (configured moderators
/// keep steering them).</item>
/// <item>The user part of stored conversation references (id and name of whoever spoke when it was stored) is removed.</item>
/// </list>
/// SharePoint follows through an outbox job: list items of the person's needs are deleted and the affected closed
/// forums archived again (the anonymised needs come back without author).
/// </summary>
public static class ErasureRules
{
    /// <summary>The respondent key a kept need gets: unique per need, and linked to nobody.</summary>
    public static string OrphanKeyOf(Guid needId) => "erased:" + needId.ToString("N");

    /// <summary>What stays in place of an id that had to go from a row that stays (a fan-out's requester, a series' creator).</summary>
    public const string ErasedId = "erased";
}
