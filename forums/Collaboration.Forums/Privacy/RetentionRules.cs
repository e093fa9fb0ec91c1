namespace Collaboration.Forums.Privacy;

/// <summary>
/// What the retention job does with a series whose retention period ended, so the reports can still be made:
/// <list type="bullet">
/// <item>Profiles keep only their stakeholder group (the participation table counts by group): user id, name,
/// organisation and town go, the join time becomes the series' creation time.</item>
/// <item>Answers, needs and supports keep their content and group but lose participant id and respondent key: each old
/// key is replaced by a new random one, the same for all rows that shared it within the run, so "how many respondents"
/// stays countable while nothing links back to a person or to the keyed hash.</item>
/// <item>Deliveries (fan-out rows with names and personal chats) are deleted; fan-outs lose their requester and the
/// user part of their reference; the series' conversation bindings are deleted (nothing more will be posted);
/// creator and moderators are cleared.</item>
/// </list>
/// Independently of a series' end, the rosters of fan-outs are dropped once the item is closed and the fan-out and all
/// its reminders are done, and finished outbox messages are deleted after <c>Retention:OutboxDays</c>
/// (erasure jobs at once).
/// </summary>
public static class RetentionRules
{
    public static string NewRespondentKey() => "r:" + Guid.NewGuid().ToString("N");
}
