--TEST--
a class leaving an interface method unimplemented is a fatal error when it is declared
--FILE--
<?php
interface Greets { function greet($who); function wave(); }
echo "before\n";
class Bad implements Greets { function wave() {} }
echo "after\n";
--EXITCODE--
255
--EXPECTF--
before

Fatal error: Class Bad contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (Greets::greet) in %s on line 4
