package io.forgepulse.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This process's name among the instances sharing a database: the scheduler claims harvests under it and every
 * {@code harvest_run} it starts carries it. {@code forgepulse.harvest.instance-name} when set (a stable name, such as
 * a pod's, lets a restarted instance mark its own interrupted runs at once); otherwise host and process id, unique
 * among live processes without configuration, so several instances on one host never take each other for one.
 */
@ApplicationScoped
public class InstanceName {

    private final String value;

    @Inject
    InstanceName(PipelineConfig config) {
        this.value = config.harvest().instanceName().orElseGet(InstanceName::hostAndPid);
    }

    public String value() {
        return value;
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String name = host + "-" + ProcessHandle.current().pid();
        // harvest_run.instance and the schedule's picked_by are 100 characters wide.
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
