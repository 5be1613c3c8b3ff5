namespace ActorGraph.Server.Api.Contracts;

/// <summary>An actor in a neighbourhood, with its distance from the centre.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">state, person, organisation or group.</param>
/// <param name="Country">Its state's code, where one applies.</param>
/// <param name="Distance">Hops from the centre.</param>
/// <param name="Degree">Summary edges touching it in the whole graph.</param>
public sealed record NodeDto(string Id, string Name, string Kind, string? Country, int Distance, int Degree);

/// <summary>The actors around one actor and the edges among them.</summary>
/// <param name="Center">The centre.</param>
/// <param name="Depth">The hop limit.</param>
/// <param name="Truncated">Whether nodes beyond <c>limit</c> were left out (the nearest, best-connected are kept).</param>
/// <param name="Nodes">The actors, centre first, then by distance and degree.</param>
/// <param name="Relations">Every passing edge among the nodes.</param>
public sealed record NeighbourhoodDto(ActorRef Center, int Depth, bool Truncated, IReadOnlyList<NodeDto> Nodes, IReadOnlyList<RelationDto> Relations);

/// <summary>One step of a path.</summary>
/// <param name="From">The actor the step leaves.</param>
/// <param name="To">The actor the step reaches.</param>
/// <param name="Types">The relation types behind the step.</param>
/// <param name="Weight">The step's length under the weighting used.</param>
/// <param name="Relations">The summary edges behind the step.</param>
public sealed record HopDto(ActorRef From, ActorRef To, IReadOnlyList<string> Types, double Weight, IReadOnlyList<RelationDto> Relations);

/// <summary>A path between two actors.</summary>
/// <param name="Length">Hops.</param>
/// <param name="Cost">The path's total weight.</param>
/// <param name="Actors">The actors along it, first to last.</param>
/// <param name="Hops">Its steps.</param>
public sealed record PathDto(int Length, double Cost, IReadOnlyList<ActorRef> Actors, IReadOnlyList<HopDto> Hops);

/// <summary>The answer to a path query; no paths when the actors are not connected under the filter.</summary>
/// <param name="From">The first actor.</param>
/// <param name="To">The last actor.</param>
/// <param name="Paths">Shortest first.</param>
public sealed record PathsDto(ActorRef From, ActorRef To, IReadOnlyList<PathDto> Paths);

/// <summary>Who an actor met.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Meetings">Most meetings first.</param>
public sealed record WhoMetDto(ActorRef Actor, IReadOnlyList<MeetingDto> Meetings);

/// <summary>Meetings with one other actor.</summary>
/// <param name="With">The other actor.</param>
/// <param name="Count">How many meetings.</param>
/// <param name="First">The first meeting's date.</param>
/// <param name="Last">The last meeting's date.</param>
/// <param name="Dates">Every meeting date.</param>
public sealed record MeetingDto(ActorRef With, int Count, DateOnly First, DateOnly Last, IReadOnlyList<DateOnly> Dates);

/// <summary>How far two actors cooperate rather than clash.</summary>
/// <param name="Actor">One actor.</param>
/// <param name="Other">The other.</param>
/// <param name="Score">In [-1, 1]: 1 all cooperation, -1 all conflict.</param>
/// <param name="VerbalCooperation">Verbal cooperation events.</param>
/// <param name="MaterialCooperation">Material cooperation events.</param>
/// <param name="VerbalConflict">Verbal conflict events.</param>
/// <param name="MaterialConflict">Material conflict events.</param>
public sealed record AlignmentDto(ActorRef Actor, ActorRef Other, double Score, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict);

/// <summary>An actor's most aligned and most opposed partners.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Aligned">Most aligned first.</param>
/// <param name="Opposed">Most opposed first.</param>
public sealed record AlignmentRankingDto(ActorRef Actor, IReadOnlyList<AlignmentDto> Aligned, IReadOnlyList<AlignmentDto> Opposed);

/// <summary>A group of actors tied by strong cooperation.</summary>
/// <param name="Members">The actors.</param>
/// <param name="Ties">Positive ties among them.</param>
/// <param name="Cohesion">The mean alignment of those ties.</param>
public sealed record BlocDto(IReadOnlyList<ActorRef> Members, int Ties, double Cohesion);
