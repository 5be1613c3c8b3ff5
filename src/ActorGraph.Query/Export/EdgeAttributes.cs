using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Export;

/// <summary>The attributes every exported edge carries, declared once for the formats that declare their attributes (GraphML, GEXF).</summary>
internal static class EdgeAttributes
{
    /// <summary>How an attribute's value is typed.</summary>
    public enum ValueKind
    {
        /// <summary>Text.</summary>
        Text,

        /// <summary>A whole number.</summary>
        Integer,

        /// <summary>A real number.</summary>
        Real,

        /// <summary>True or false.</summary>
        Boolean,
    }

    /// <summary>The attributes, in the order they are written.</summary>
    public static readonly (string Id, ValueKind Kind)[] All =
    [
        ("type", ValueKind.Text), ("quad", ValueKind.Text), ("events", ValueKind.Integer), ("articles", ValueKind.Integer),
        ("first", ValueKind.Text), ("last", ValueKind.Text), ("confidence", ValueKind.Real),
        ("symmetric", ValueKind.Boolean),
    ];

    /// <summary>An edge's attribute values, in the order of <see cref="All"/>.</summary>
    public static IEnumerable<(string Id, string Value)> Of(RelationSummary relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        yield return ("type", relation.Type.ToName());
        yield return ("quad", relation.Type.Quad().ToName());
        yield return ("events", ExportText.Number(relation.EventCount));
        yield return ("articles", ExportText.Number(relation.ArticleCount));
        yield return ("first", ExportText.Date(relation.FirstDate));
        yield return ("last", ExportText.Date(relation.LastDate));
        yield return ("confidence", ExportText.Number(relation.MeanConfidence));
        yield return ("symmetric", relation.Type.IsSymmetric() ? "true" : "false");
    }
}
