--TEST--
Object handle numbers (#N) are reused after an object is freed.
--FILE--
<?php
class A {}
$a = new A;
$b = new A;
var_dump($a, $b);
unset($a);
$c = new A;
var_dump($c);
var_dump(new A);
$d = new A;
var_dump($d);
--EXPECT--
object(A)#1 (0) {
}
object(A)#2 (0) {
}
object(A)#1 (0) {
}
object(A)#3 (0) {
}
object(A)#3 (0) {
}
