namespace ActorGraph.Extraction.Knowledge;

/// <summary>The kind of office a term is held in; what "the Chinese president" or "the Russian leader" is resolved through.</summary>
public enum OfficeRole
{
    /// <summary>Head of state.</summary>
    HeadOfState,

    /// <summary>Head of government.</summary>
    HeadOfGovernment,

    /// <summary>Supreme leader (Iran).</summary>
    SupremeLeader,

    /// <summary>Foreign minister under any title.</summary>
    ForeignMinister,

    /// <summary>Defence minister under any title.</summary>
    DefenceMinister,

    /// <summary>Head of an organisation.</summary>
    OrgHead,

    /// <summary>Vice-president.</summary>
    VicePresident,

    /// <summary>Deputy head of government.</summary>
    DeputyHeadOfGovernment,

    /// <summary>Any other office.</summary>
    Other,
}
