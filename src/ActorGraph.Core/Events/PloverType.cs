namespace ActorGraph.Core.Events;

/// <summary>The 16 PLOVER event types.</summary>
public enum PloverType
{
    /// <summary>Agree to, sign or announce an agreement.</summary>
    Agree,

    /// <summary>Meet, visit, phone, negotiate.</summary>
    Consult,

    /// <summary>Praise, endorse, express solidarity, recognise.</summary>
    Support,

    /// <summary>Yield: ease sanctions, release, allow access, apologise.</summary>
    Concede,

    /// <summary>Joint economic, military, judicial or intelligence action.</summary>
    Cooperate,

    /// <summary>Economic, military or humanitarian aid, or asylum.</summary>
    Aid,

    /// <summary>Withdraw, demobilise, de-escalate.</summary>
    Retreat,

    /// <summary>Appeal, demand, call on, urge.</summary>
    Request,

    /// <summary>Criticise, condemn, blame, allege, investigate.</summary>
    Accuse,

    /// <summary>Refuse, reject, veto, deny.</summary>
    Reject,

    /// <summary>Threaten or warn of consequences.</summary>
    Threaten,

    /// <summary>Demonstrate, rally, boycott.</summary>
    Protest,

    /// <summary>Sanctions, embargoes, expulsions, cutting ties.</summary>
    Sanction,

    /// <summary>Troop build-ups, alerts, shows of force.</summary>
    Mobilize,

    /// <summary>Arrest, detain, seize, blockade.</summary>
    Coerce,

    /// <summary>Physical violence.</summary>
    Assault,
}
