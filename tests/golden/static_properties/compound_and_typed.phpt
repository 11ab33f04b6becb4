--TEST--
Static properties: every compound operator (+= too), ??=, and typed static properties: coercion, TypeError, reading or updating before initialization, isset, array auto-initialization
--FILE--
<?php
class S {
    public static $x = 5;
    public static $y = [1];
    public static $n;
}
S::$x += 1;
var_dump(S::$x);
S::$x -= 1; S::$x *= 3; S::$x **= 2; S::$x %= 7; S::$x <<= 2; S::$x |= 1; S::$x ^= 3; S::$x &= 6; S::$x /= 4;
S::$y += [5, 6];
S::$x ??= 9;
S::$n ??= 10;
S::$n ??= 11;
$c = 'S';
$c::$n = null;
$c::$n ??= 12;
var_dump(S::$x, S::$y, S::$n);
class T {
    public static int $i = 0;
    public static int $uninit;
    public static ?int $nullable = null;
    public static ?array $list = null;
    public static string $s = 'a';
}
class U extends T {}
T::$i = '5';
var_dump(T::$i);
try { T::$i = 'abc'; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
T::$i .= '1';
var_dump(T::$i);
try { T::$i .= 'x'; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
U::$s = 12;
var_dump(T::$s);
try { var_dump(T::$uninit); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset(T::$uninit), T::$uninit ?? 'default');
try { T::$uninit += 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
T::$uninit ??= 4;
var_dump(T::$uninit);
try { T::$nullable[] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
T::$list[] = 2;
var_dump(T::$list, T::$nullable);
--EXPECT--
int(6)
float(1.5)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(6)
}
int(12)
int(5)
Cannot assign string to property T::$i of type int
int(51)
Cannot assign string to property T::$i of type int
string(2) "12"
Typed static property T::$uninit must not be accessed before initialization
bool(false)
string(7) "default"
Typed static property T::$uninit must not be accessed before initialization
int(4)
Cannot auto-initialize an array inside property T::$nullable of type ?int
array(1) {
  [0]=>
  int(2)
}
NULL
