package eu.cybersudoe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The CyberSudoe platform: one application made of modules (see {@code docs/architecture.md}).
 */
@SpringBootApplication
@Modulithic(systemName = "CyberSudoe", sharedModules = "shared")
public class CyberSudoeApplication {

    public static void main(String[] args) {
        SpringApplication.run(CyberSudoeApplication.class, args);
    }
}
