namespace ActorGraph.Core.Events;

/// <summary>Facts about PLOVER types: quad class, symmetry, and their names in files and JSON.</summary>
public static class Plover
{
    /// <summary>All types in ontology order.</summary>
    public static IReadOnlyList<PloverType> Types { get; } = Enum.GetValues<PloverType>();

    /// <summary>The quad class of a type.</summary>
    public static QuadClass Quad(this PloverType type) => type switch
    {
        PloverType.Agree or PloverType.Consult or PloverType.Support or PloverType.Concede => QuadClass.VerbalCooperation,
        PloverType.Cooperate or PloverType.Aid or PloverType.Retreat => QuadClass.MaterialCooperation,
        PloverType.Request or PloverType.Accuse or PloverType.Reject or PloverType.Threaten => QuadClass.VerbalConflict,
        _ => QuadClass.MaterialConflict,
    };

    /// <summary>Whether the type is mutual (CONSULT, AGREE, COOPERATE): stored once and read in both directions.</summary>
    public static bool IsSymmetric(this PloverType type) =>
        type is PloverType.Consult or PloverType.Agree or PloverType.Cooperate;

    /// <summary>Whether the type is cooperative (either cooperation quad).</summary>
    public static bool IsCooperative(this PloverType type) =>
        type.Quad() is QuadClass.VerbalCooperation or QuadClass.MaterialCooperation;

    /// <summary>The upper-case name: <c>CONSULT</c>.</summary>
    public static string ToName(this PloverType type) => type.ToString().ToUpperInvariant();

    /// <summary>The snake-case name of a quad class: <c>verbal_cooperation</c>.</summary>
    public static string ToName(this QuadClass quad) => quad switch
    {
        QuadClass.VerbalCooperation => "verbal_cooperation",
        QuadClass.MaterialCooperation => "material_cooperation",
        QuadClass.VerbalConflict => "verbal_conflict",
        _ => "material_conflict",
    };

    /// <summary>Parses a type name in any case (<c>consult</c>, <c>CONSULT</c>).</summary>
    public static bool TryParse(string? text, out PloverType type) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type);

    /// <summary>Parses a quad class name (<c>verbal_conflict</c> or <c>VerbalConflict</c>).</summary>
    public static bool TryParseQuad(string? text, out QuadClass quad) =>
        Enum.TryParse(text?.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim(), ignoreCase: true, out quad)
        && Enum.IsDefined(quad);
}
