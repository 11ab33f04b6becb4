--TEST--
an uncaught exception whose class overrides __toString is reported as "Uncaught " plus that string, without the default trace
--FILE--
<?php
class Custom extends Exception {
    public function __toString(): string { return "custom string"; }
}
echo new Custom("x"), "\n";
throw new Custom("uncaught custom");
--EXITCODE--
255
--EXPECTF--
custom string

Fatal error: Uncaught custom string
  thrown in %s on line 6
