namespace ActorGraph.Core.Actors;

/// <summary>A resolved actor: its stable id, display name, kind, the state it belongs to and, for a state's part, the sector.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">What sort of actor it is.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of its state, where one applies.</param>
/// <param name="Sector">For a part of a state (<c>military</c>, <c>legislature</c> ...), the sector; otherwise null.</param>
public sealed record Actor(ActorId Id, string Name, ActorKind Kind, string? Country, string? Sector = null);
