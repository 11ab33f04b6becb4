--TEST--
Assigning a wrong type to a typed property throws a TypeError with the class and property name.
--FILE--
<?php
class A {
    public int $n = 0;
    public string $s = "";
    public ?array $a = null;
}
$a = new A;
try { $a->n = "abc"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->s = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->a = 5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->n = null; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->n, $a->s, $a->a);
--EXPECT--
Cannot assign string to property A::$n of type int
Cannot assign array to property A::$s of type string
Cannot assign int to property A::$a of type ?array
Cannot assign null to property A::$n of type int
int(0)
string(0) ""
NULL
