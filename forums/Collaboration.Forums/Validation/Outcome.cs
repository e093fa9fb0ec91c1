using System.Diagnostics.CodeAnalysis;

namespace Collaboration.Forums.Validation;

/// <summary>Either a value or the rejection that explains why there is none.</summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, Rejection? rejection)
    {
        Value = value;
        Rejection = rejection;
    }

    public T? Value { get; }

    public Rejection? Rejection { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool Succeeded => Rejection is null;

    public static Outcome<T> Success(T value) => new(value, null);

    public static Outcome<T> Failure(Rejection rejection) => new(default, rejection);

    public static implicit operator Outcome<T>(Rejection rejection) => Failure(rejection);

    public static Outcome<T> Failure(RejectionCode code, params object[] arguments) => new(default, new Rejection(code, arguments));
}
