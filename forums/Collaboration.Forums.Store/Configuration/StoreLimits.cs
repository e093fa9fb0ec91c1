namespace Collaboration.Forums.Store.Configuration;

/// <summary>Column lengths. Teams conversation ids of channels with threads run to a few hundred characters.</summary>
internal static class StoreLimits
{
    public const int KeyLength = 100;
    public const int StatusLength = 20;
    public const int IdLength = 200;
    public const int ConversationIdLength = 500;
}
