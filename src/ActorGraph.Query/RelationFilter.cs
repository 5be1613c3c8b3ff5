using ActorGraph.Core.Events;

namespace ActorGraph.Query;

/// <summary>
/// Which summary edges a query may use. An edge passes when its type is allowed and at least <see cref="MinEvidence"/>
/// of its timeline's events fall inside [<see cref="Since"/>, <see cref="Until"/>] with an allowed modality.
/// </summary>
/// <remarks>
/// By default every type counts, over all time, from asserted and future events (hypothetical ones, "might attack",
/// are left out), one event is enough, and paths may follow an edge either way.
/// </remarks>
public sealed record RelationFilter
{
    /// <summary>The modalities counted when none are given: asserted and future, not hypothetical.</summary>
    public static IReadOnlyCollection<Modality> DefaultModalities { get; } = [Modality.Asserted, Modality.Future];

    /// <summary>The default filter: every type, all time, asserted and future events, one event, either direction.</summary>
    public static RelationFilter Default { get; } = new();

    /// <summary>A filter that lets every edge through: every type, all time and every modality, hypothetical included.</summary>
    public static RelationFilter Everything { get; } = new() { Modalities = Enum.GetValues<Modality>() };

    /// <summary>Only these types; null or empty for every type.</summary>
    public IReadOnlyCollection<PloverType>? Types { get; init; }

    /// <summary>Only types of these quad classes; null or empty for every class. Combined with <see cref="Types"/> by intersection.</summary>
    public IReadOnlyCollection<QuadClass>? Quads { get; init; }

    /// <summary>Only events on or after this date.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Only events on or before this date.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The modalities whose events count; asserted and future unless set.</summary>
    public IReadOnlyCollection<Modality> Modalities
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    } = DefaultModalities;

    /// <summary>How many counted events an edge needs to pass; at least one.</summary>
    public int MinEvidence
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 1;

    /// <summary>Whether traversals follow edges only from source to target (symmetric types still read both ways).</summary>
    public bool Directed { get; init; }

    /// <summary>A filter allowing only the given types.</summary>
    public static RelationFilter OfTypes(params PloverType[] types) => new() { Types = types };

    /// <inheritdoc />
    public bool Equals(RelationFilter? other) =>
        other is not null
        && SameSet(Types, other.Types)
        && SameSet(Quads, other.Quads)
        && Since == other.Since
        && Until == other.Until
        && SameSet(Modalities, other.Modalities)
        && MinEvidence == other.MinEvidence
        && Directed == other.Directed;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Mask(Types), Mask(Quads), Since, Until, Mask(Modalities), MinEvidence, Directed);

    private static bool SameSet<T>(IReadOnlyCollection<T>? a, IReadOnlyCollection<T>? b)
        where T : struct, Enum => Mask(a) == Mask(b);

    // Empty and null both mean "no restriction", so they share a mask of zero.
    internal static int Mask<T>(IReadOnlyCollection<T>? values)
        where T : struct, Enum
    {
        var mask = 0;
        if (values is not null)
        {
            foreach (var value in values)
            {
                mask |= 1 << Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return mask;
    }
}
