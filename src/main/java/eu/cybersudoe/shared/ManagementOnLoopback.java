package eu.cybersudoe.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementServerProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Actuator on its own port listens on {@code cybersudoe.management.address}
 * ({@code MANAGEMENT_ADDRESS}, default {@code 127.0.0.1}), so that metrics are reachable only from
 * the machine (or the network given) and never through the public port. When Actuator shares the
 * main port ({@code MANAGEMENT_PORT} equal to {@code PORT}, or empty) no address is set, as Spring
 * Boot requires.
 */
@Component
class ManagementOnLoopback implements BeanPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ManagementServerProperties management && management.getAddress() == null
                && ownPort(management.getPort())) {
            management.setAddress(address(environment.getProperty("cybersudoe.management.address", "127.0.0.1")));
        }
        return bean;
    }

    private boolean ownPort(Integer port) {
        return port != null && port > 0 && !Objects.equals(port, environment.getProperty("server.port", Integer.class, 8080));
    }

    private static InetAddress address(String name) {
        try {
            return InetAddress.getByName(name.strip());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("MANAGEMENT_ADDRESS is not an address of this machine: " + name, e);
        }
    }
}
