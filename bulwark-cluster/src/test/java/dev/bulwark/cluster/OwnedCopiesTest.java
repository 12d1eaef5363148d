package dev.bulwark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Resource;
import dev.bulwark.loader.ManifestLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnedCopiesTest {
  private static final String DEPLOYMENT_AND_COPIES =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop, uid: d1}
      spec:
        template:
          spec:
            securityContext: {}
            containers:
              - {name: app, image: "shop/web:1", securityContext: {runAsNonRoot: true}}
      ---
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: web-5d8
        namespace: shop
        uid: r1
        ownerReferences: [{kind: Deployment, name: web, uid: d1, controller: true}]
      spec:
        template:
          spec:
            containers:
              - {name: app, image: "shop/web:1", securityContext: {runAsNonRoot: true}}
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web-5d8-abc
        namespace: shop
        ownerReferences: [{kind: ReplicaSet, name: web-5d8, uid: r1, controller: true}]
      spec:
        serviceAccountName: default
        volumes: [{name: kube-api-access, projected: {sources: []}}]
        containers:
          - {name: app, image: "shop/web:1", securityContext: {runAsNonRoot: true}}
      """;

  private static List<String> kept(String yaml) {
    List<Resource> loaded = new ManifestLoader().loadString("in.yaml", yaml).resources();
    return OwnedCopies.without(loaded).stream().map(r -> r.kind() + "/" + r.name()).toList();
  }

  @Test
  void copiesThatMatchTheirTemplateAreReportedOnTheOwnerOnly() {
    assertThat(kept(DEPLOYMENT_AND_COPIES)).containsExactly("Deployment/web");
  }

  @Test
  void aCopyThatDiffersInSecurityIsKept() {
    String debugged =
        DEPLOYMENT_AND_COPIES
            + """
              ephemeralContainers:
                - {name: debugger, image: busybox, securityContext: {privileged: true}}
            """;
    assertThat(kept(debugged)).containsExactly("Deployment/web", "Pod/web-5d8-abc");
  }

  @Test
  void aCopyWhoseOwnerIsNotInTheInventoryIsKept() {
    String orphan = DEPLOYMENT_AND_COPIES.substring(DEPLOYMENT_AND_COPIES.indexOf("---") + 4);
    assertThat(kept(orphan)).containsExactly("ReplicaSet/web-5d8");
  }
}
