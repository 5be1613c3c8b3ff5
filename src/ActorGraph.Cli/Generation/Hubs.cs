using ActorGraph.Core.Actors;

namespace ActorGraph.Cli.Generation;

/// <summary>The busiest actors of real news, with their gazetteer ids, most prominent first: the hubs of a synthetic graph.</summary>
public static class Hubs
{
    /// <summary>The hubs in order of prominence.</summary>
    public static IReadOnlyList<Actor> All { get; } =
    [
        State("USA", "United States"),
        State("RUS", "Russia"),
        State("CHN", "China"),
        State("UKR", "Ukraine"),
        State("ISR", "Israel"),
        Org("un", "United Nations"),
        Org("nato", "NATO"),
        Org("eu", "European Union"),
        State("IRN", "Iran"),
        State("GBR", "United Kingdom"),
        State("FRA", "France"),
        State("DEU", "Germany"),
        State("TUR", "Turkey"),
        State("IND", "India"),
        State("PSE", "Palestine"),
        Org("hamas", "Hamas", "PSE"),
        State("SAU", "Saudi Arabia"),
        State("JPN", "Japan"),
        State("PRK", "North Korea"),
        State("KOR", "South Korea"),
        State("SYR", "Syria"),
        State("PAK", "Pakistan"),
        Org("unsc", "UN Security Council"),
        State("QAT", "Qatar"),
        State("EGY", "Egypt"),
        Org("hezbollah", "Hezbollah", "LBN"),
        Org("iaea", "International Atomic Energy Agency"),
        Org("g7", "G7"),
        State("BRA", "Brazil"),
        State("AFG", "Afghanistan"),
        State("IRQ", "Iraq"),
        Org("who", "World Health Organization"),
        Org("icc", "International Criminal Court"),
        Org("houthis", "Houthis", "YEM"),
        State("VEN", "Venezuela"),
        State("TWN", "Taiwan"),
        State("POL", "Poland"),
        State("ITA", "Italy"),
        Org("au", "African Union"),
        Org("asean", "ASEAN"),
        Org("brics", "BRICS"),
        new Actor(new ActorId("group/the-west"), "The West", ActorKind.Group, null),
    ];

    /// <summary>The hubs that are states: the countries synthetic people and organisations belong to.</summary>
    public static IReadOnlyList<Actor> States { get; } = [.. All.Where(a => a.Kind == ActorKind.State)];

    private static Actor State(string code, string name) => new(new ActorId("country/" + code), name, ActorKind.State, code);

    private static Actor Org(string slug, string name, string? country = null) =>
        new(new ActorId("org/" + slug), name, ActorKind.Organisation, country);
}
