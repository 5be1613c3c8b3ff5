namespace ActorGraph.Core.Actors;

/// <summary>What sort of actor an id names.</summary>
public enum ActorKind
{
    /// <summary>A state, or a sector of one (its government, military, legislature ...).</summary>
    State,

    /// <summary>A named person.</summary>
    Person,

    /// <summary>An international organisation, or a non-state organisation such as an armed group.</summary>
    Organisation,

    /// <summary>A collective such as "the West".</summary>
    Group,
}
