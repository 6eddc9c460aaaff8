package org.vademecum.cli;
public class Main { public static void main(String[] a) {} }
