namespace ActorGraph.Core.Events;

/// <summary>The four quad classes PLOVER types fall into.</summary>
public enum QuadClass
{
    /// <summary>Words that cooperate.</summary>
    VerbalCooperation,

    /// <summary>Deeds that cooperate.</summary>
    MaterialCooperation,

    /// <summary>Words in conflict.</summary>
    VerbalConflict,

    /// <summary>Deeds in conflict.</summary>
    MaterialConflict,
}
