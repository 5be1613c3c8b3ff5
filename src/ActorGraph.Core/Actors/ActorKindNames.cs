namespace ActorGraph.Core.Actors;

/// <summary>The lowercase names actor kinds have in files and JSON.</summary>
public static class ActorKindNames
{
    /// <summary>The name of a kind: <c>state</c>, <c>person</c>, <c>organisation</c> or <c>group</c>.</summary>
    public static string ToName(this ActorKind kind) => kind switch
    {
        ActorKind.State => "state",
        ActorKind.Person => "person",
        ActorKind.Organisation => "organisation",
        ActorKind.Group => "group",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses a kind name, accepting the American spelling of organisation.</summary>
    public static bool TryParse(string? text, out ActorKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "state": kind = ActorKind.State; return true;
            case "person": kind = ActorKind.Person; return true;
            case "organisation" or "organization": kind = ActorKind.Organisation; return true;
            case "group": kind = ActorKind.Group; return true;
            default: kind = default; return false;
        }
    }
}
