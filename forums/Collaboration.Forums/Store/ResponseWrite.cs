namespace Collaboration.Forums.Store;

/// <summary>What an upsert did: a first answer, a changed answer, or the same answer again (a retry).</summary>
public enum ResponseWrite
{
    Inserted,
    Updated,
    Unchanged,
}
