using ActorGraph.Core.Events;

namespace ActorGraph.Query.Tests.Support;

/// <summary>Small graphs whose answers are known by reading them.</summary>
internal static class Graphs
{
    /// <summary>
    /// Ten actors A–J. From A to J: A→D→J in two conflict hops (ACCUSE 2023, SANCTION 2020, one event each);
    /// A–B–C–J in three CONSULT hops (two events each, 2024); A→E→F→G→J in four AID hops (three events each, 2024).
    /// H–I is a separate pair; A→J ASSAULT is only ever hypothetical.
    /// </summary>
    public static SomeGraph TenActors() =>
        SomeGraph.With("A", "B", "C", "D", "E", "F", "G", "H", "I", "J")
            .Edge("A", "D", PloverType.Accuse, "2023-06-01")
            .Edge("D", "J", PloverType.Sanction, "2020-03-01")
            .Edge("A", "B", PloverType.Consult, "2024-01-10", "2024-02-10")
            .Edge("B", "C", PloverType.Consult, "2024-01-11", "2024-02-11")
            .Edge("C", "J", PloverType.Consult, "2024-01-12", "2024-02-12")
            .Edge("A", "E", PloverType.Aid, 3, "2024-03-01")
            .Edge("E", "F", PloverType.Aid, 3, "2024-03-01")
            .Edge("F", "G", PloverType.Aid, 3, "2024-03-01")
            .Edge("G", "J", PloverType.Aid, 3, "2024-03-01")
            .Edge("H", "I", PloverType.Consult, "2024-01-01")
            .EdgeWith("A", "J", PloverType.Assault, Stamp.On("2024-05-01", Modality.Hypothetical));
}
