using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Core.Storage;

/// <summary>The identity of a summary edge: (source, target, type), with symmetric types ordered so A–B and B–A are one edge.</summary>
public readonly record struct RelationKey
{
    /// <summary>Creates a key; for symmetric types the two ids are put in ordinal order.</summary>
    public RelationKey(ActorId source, ActorId target, PloverType type)
    {
        if (type.IsSymmetric() && source > target)
        {
            (source, target) = (target, source);
        }

        Source = source;
        Target = target;
        Type = type;
    }

    /// <summary>The acting actor, or the smaller id for symmetric types.</summary>
    public ActorId Source { get; }

    /// <summary>The actor acted upon, or the larger id for symmetric types.</summary>
    public ActorId Target { get; }

    /// <summary>The PLOVER type.</summary>
    public PloverType Type { get; }

    /// <summary>The key an event belongs to.</summary>
    public static RelationKey Of(ActorEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Source.Id, e.Target.Id, e.Type);
    }
}
