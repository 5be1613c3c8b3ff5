namespace ActorGraph.Core.Events;

/// <summary>Whether an event is reported as having happened, as planned, or as possible.</summary>
public enum Modality
{
    /// <summary>Reported as fact.</summary>
    Asserted,

    /// <summary>Planned or announced for the future ("plans to visit").</summary>
    Future,

    /// <summary>Possible or conditional ("might attack", "if ... would").</summary>
    Hypothetical,
}
