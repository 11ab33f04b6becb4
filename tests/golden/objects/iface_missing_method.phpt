--TEST--
A class that does not implement an interface method is a fatal error.
--FILE--
<?php
interface Shape {
    public function area();
    public function perimeter();
}
class Square implements Shape {
    public function area() { return 1; }
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Class Square contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (Shape::perimeter) in %s on line 6
