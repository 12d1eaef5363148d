package dev.bulwark.analysis;

import dev.bulwark.analysis.rbac.checks.AdmissionWrite;
import dev.bulwark.analysis.rbac.checks.ApiExtensionWrite;
import dev.bulwark.analysis.rbac.checks.Bind;
import dev.bulwark.analysis.rbac.checks.ClusterAdminBinding;
import dev.bulwark.analysis.rbac.checks.CsrApproval;
import dev.bulwark.analysis.rbac.checks.DanglingRoleRef;
import dev.bulwark.analysis.rbac.checks.DefaultServiceAccountBinding;
import dev.bulwark.analysis.rbac.checks.Escalate;
import dev.bulwark.analysis.rbac.checks.Impersonate;
import dev.bulwark.analysis.rbac.checks.NamespaceUpdate;
import dev.bulwark.analysis.rbac.checks.NodeWrite;
import dev.bulwark.analysis.rbac.checks.NodesProxy;
import dev.bulwark.analysis.rbac.checks.PersistentVolumeCreate;
import dev.bulwark.analysis.rbac.checks.PodCreation;
import dev.bulwark.analysis.rbac.checks.PodExec;
import dev.bulwark.analysis.rbac.checks.PowerfulAccountMounted;
import dev.bulwark.analysis.rbac.checks.PublicSubject;
import dev.bulwark.analysis.rbac.checks.SecretsRead;
import dev.bulwark.analysis.rbac.checks.ServiceStatusWrite;
import dev.bulwark.analysis.rbac.checks.TokenCreate;
import dev.bulwark.analysis.rbac.checks.WildcardApiGroups;
import dev.bulwark.analysis.rbac.checks.WildcardResources;
import dev.bulwark.analysis.rbac.checks.WildcardVerbs;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import java.util.List;

/** The cross-object checks of bulwark-analysis, found by the engine via ServiceLoader. */
public final class AnalysisChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(
        new ClusterAdminBinding(),
        new WildcardVerbs(),
        new WildcardResources(),
        new WildcardApiGroups(),
        new SecretsRead(),
        new PodCreation(),
        new PodExec(),
        new NodesProxy(),
        new Escalate(),
        new Bind(),
        new Impersonate(),
        new TokenCreate(),
        new CsrApproval(),
        new AdmissionWrite(),
        new NodeWrite(),
        new ServiceStatusWrite(),
        new PersistentVolumeCreate(),
        new NamespaceUpdate(),
        new ApiExtensionWrite(),
        new PublicSubject(),
        new DefaultServiceAccountBinding(),
        new PowerfulAccountMounted(),
        new DanglingRoleRef());
  }
}
