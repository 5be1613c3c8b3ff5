namespace ActorGraph.Storage.Neo4j;

/// <summary>What a full recount of the summary relationships found.</summary>
/// <param name="Checked">Relations checked: every stored summary and every relation an event belongs to.</param>
/// <param name="Differed">Relations whose stored summary differed from a recount of their events (or was missing or left over).</param>
/// <param name="Repaired">Whether the differing ones were rewritten from their events.</param>
public sealed record SummaryCheck(int Checked, int Differed, bool Repaired);
