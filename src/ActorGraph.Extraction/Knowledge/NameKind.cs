namespace ActorGraph.Extraction.Knowledge;

/// <summary>How a gazetteer name refers to its actor.</summary>
public enum NameKind
{
    /// <summary>The display name or a full alias.</summary>
    Full,

    /// <summary>A short form: a state's "US", a person's surname.</summary>
    Short,

    /// <summary>A state adjective: "Chinese".</summary>
    Adjective,

    /// <summary>A plural people noun: "Ukrainians".</summary>
    Demonym,

    /// <summary>A capital used for its government: "Beijing".</summary>
    Capital,

    /// <summary>A seat of government: "the Kremlin".</summary>
    Seat,
}
