using ActorGraph.Core.Actors;
using ActorGraph.Core.Storage;

namespace ActorGraph.Server.Api.Contracts;

/// <summary>An actor as the API names it.</summary>
/// <param name="Id">The stable id, such as <c>country/RUS</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">state, person, organisation or group.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of its state, where one applies.</param>
public sealed record ActorRef(string Id, string Name, string Kind, string? Country)
{
    /// <summary>The reference to an actor.</summary>
    public static ActorRef Of(Actor actor) => new(actor.Id.Value, actor.Name, actor.Kind.ToName(), actor.Country);
}

/// <summary>A search hit: an actor with its degree.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">state, person, organisation or group.</param>
/// <param name="Country">Its state's code, where one applies.</param>
/// <param name="Degree">Summary edges touching it.</param>
/// <param name="Match">How it matched: id, prefix or fuzzy.</param>
public sealed record ActorHit(string Id, string Name, string Kind, string? Country, int Degree, string Match)
{
    /// <summary>The hit for a stored actor.</summary>
    public static ActorHit Of(StoredActor stored, string match) =>
        new(stored.Actor.Id.Value, stored.Actor.Name, stored.Actor.Kind.ToName(), stored.Actor.Country, stored.Degree, match);
}

/// <summary>The answer to an actor search.</summary>
/// <param name="Query">The text searched for.</param>
/// <param name="Actors">The hits: prefix matches by degree, then close spellings.</param>
public sealed record ActorSearchResult(string Query, IReadOnlyList<ActorHit> Actors);

/// <summary>One actor in detail.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">state, person, organisation or group.</param>
/// <param name="Country">Its state's code, where one applies.</param>
/// <param name="Sector">For a part of a state, the sector.</param>
/// <param name="Aliases">The names it was seen under.</param>
/// <param name="Degree">Summary edges touching it.</param>
/// <param name="Events">Events on those edges.</param>
/// <param name="FirstSeen">Its earliest event date, if any.</param>
/// <param name="LastSeen">Its latest event date, if any.</param>
/// <param name="TopPartners">The actors it has most events with, most first.</param>
public sealed record ActorDetail(
    string Id,
    string Name,
    string Kind,
    string? Country,
    string? Sector,
    IReadOnlyList<string> Aliases,
    int Degree,
    int Events,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    IReadOnlyList<Partner> TopPartners);

/// <summary>An actor's partner and what ties them.</summary>
/// <param name="Actor">The partner.</param>
/// <param name="Events">Events between the two, either way.</param>
/// <param name="Types">The relation types between them.</param>
public sealed record Partner(ActorRef Actor, int Events, IReadOnlyList<string> Types);
