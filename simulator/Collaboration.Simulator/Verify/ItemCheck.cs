namespace Collaboration.Simulator.Verify;

/// <summary>One question compared: respondents (or needs) confirmed to the simulator against those in the store.</summary>
/// <param name="SameAnswers">The stored answers are the sent ones (as a multiset): every option has the same count.</param>
/// <param name="SamePerRespondent">Each respondent's stored answer is the one they sent; null when anonymous answers cannot be traced (no secret).</param>
internal sealed record ItemCheck(int Forum, string Key, string Kind, int Sent, int Stored, bool SameAnswers, bool? SamePerRespondent)
{
    public bool Passed => SameAnswers && SamePerRespondent != false;
}
