using ActorGraph.Core.Actors;

namespace ActorGraph.Extraction.Knowledge;

/// <summary>One actor as the gazetteer describes it: names, metonyms and offices.</summary>
public sealed record GazetteerRecord(
    ActorId Id,
    string Name,
    ActorKind Kind,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ShortNames,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals,
    IReadOnlyList<string> Seats,
    OfficeRole? LeaderRole,
    IReadOnlyList<OfficeTerm> Offices,
    string SourceFile)
{
    /// <summary>The actor this record describes.</summary>
    public Actor ToActor() => new(Id, Name, Kind, Country);

    /// <summary>Joins a later record with the same id into this one: lists are extended, single values kept unless missing.</summary>
    public GazetteerRecord Extend(GazetteerRecord later)
    {
        ArgumentNullException.ThrowIfNull(later);
        static IReadOnlyList<T> Join<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) => a.Concat(b).Distinct().ToArray();
        return this with
        {
            Country = Country ?? later.Country,
            Aliases = Join(Aliases, later.Aliases),
            ShortNames = Join(ShortNames, later.ShortNames),
            Adjectives = Join(Adjectives, later.Adjectives),
            Demonyms = Join(Demonyms, later.Demonyms),
            Capitals = Join(Capitals, later.Capitals),
            Seats = Join(Seats, later.Seats),
            LeaderRole = LeaderRole ?? later.LeaderRole,
            Offices = Join(Offices, later.Offices),
        };
    }
}
