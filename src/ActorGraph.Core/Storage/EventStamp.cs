using ActorGraph.Core.Events;

namespace ActorGraph.Core.Storage;

/// <summary>One event on a relation's timeline, packed in an int: its date and modality, enough to filter by window and modality without loading evidence.</summary>
public readonly record struct EventStamp
{
    /// <summary>Packs a date and modality.</summary>
    public EventStamp(DateOnly date, Modality modality) => Packed = (date.DayNumber << 2) | (int)modality;

    private EventStamp(int packed) => Packed = packed;

    /// <summary>The packed value: day number shifted left by two, modality in the low bits.</summary>
    public int Packed { get; }

    /// <summary>The event date.</summary>
    public DateOnly Date => DateOnly.FromDayNumber(Packed >> 2);

    /// <summary>The event modality.</summary>
    public Modality Modality => (Modality)(Packed & 3);

    /// <summary>Rebuilds a stamp from its packed value.</summary>
    public static EventStamp FromPacked(int packed) => new(packed);
}
