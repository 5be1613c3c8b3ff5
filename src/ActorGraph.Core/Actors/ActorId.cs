namespace ActorGraph.Core.Actors;

/// <summary>A stable actor identifier such as <c>country/RUS</c>, <c>person/vladimir-putin</c> or <c>org/nato</c>.</summary>
public readonly record struct ActorId : IComparable<ActorId>
{
    /// <summary>Creates an id, rejecting empty values and values without a <c>prefix/</c>.</summary>
    public ActorId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.IndexOf('/', StringComparison.Ordinal) <= 0)
        {
            throw new ArgumentException($"An actor id looks like 'country/RUS' or 'person/xi-jinping', not '{value}'.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The id text.</summary>
    public string Value { get; }

    /// <summary>The part before the first slash: <c>country</c>, <c>person</c>, <c>org</c> or <c>group</c>.</summary>
    public string Prefix => Value[..Value.IndexOf('/', StringComparison.Ordinal)];

    /// <inheritdoc />
    public int CompareTo(ActorId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares ids by ordinal text.</summary>
    public static bool operator <(ActorId left, ActorId right) => left.CompareTo(right) < 0;

    /// <summary>Compares ids by ordinal text.</summary>
    public static bool operator >(ActorId left, ActorId right) => left.CompareTo(right) > 0;

    /// <summary>Compares ids by ordinal text.</summary>
    public static bool operator <=(ActorId left, ActorId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares ids by ordinal text.</summary>
    public static bool operator >=(ActorId left, ActorId right) => left.CompareTo(right) >= 0;
}
