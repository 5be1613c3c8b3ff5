namespace ActorGraph.Query.Export;

/// <summary>The formats a subgraph can be exported to.</summary>
public enum GraphExportFormat
{
    /// <summary>GraphML, for yEd and Gephi.</summary>
    GraphML,

    /// <summary>GEXF (1.2draft, or 1.3 on request) with edge time spans, for Gephi's timeline.</summary>
    Gexf,

    /// <summary>Graphviz DOT.</summary>
    Dot,

    /// <summary>JSON node-link (<c>nodes</c> and <c>links</c>), optionally with evidence sentences.</summary>
    Json,

    /// <summary>Two CSV files in neo4j-admin import format.</summary>
    Csv,

    /// <summary>A Cypher script of MERGE statements.</summary>
    Cypher,
}
